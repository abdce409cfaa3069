# frozen_string_literal: true

# The transparency report reads live only what its stored figures cannot
# say (TransparencyQuery): with the requests, places and first-response hours
# kept for each day, and each period's resolutions and escalations kept by
# the day their case opened, that is one day's cases however long the
# window's first period. The month-keyed counts of earlier cases give way to
# the day-keyed ones, and the figures counted so far are forgotten: the next
# count (CountMediationTransparency, within ten minutes) counts everything
# again, days included.
class CreateMediationTransparencyDays < ActiveRecord::Migration[8.0]
  def up
    create_table :discourse_mediation_transparency_days do |t|
      t.date :day, null: false
      t.integer :requests, null: false, default: 0
      t.jsonb :opened_by_place, null: false, default: {}
      t.float :response_hours, array: true, null: false, default: []
      t.datetime :refreshed_at, null: false
    end
    add_index :discourse_mediation_transparency_days,
              :day,
              unique: true,
              name: "idx_mediation_transparency_days_day"

    execute "DELETE FROM discourse_mediation_transparency_figures"
    remove_column :discourse_mediation_transparency_figures, :earlier_resolved
    remove_column :discourse_mediation_transparency_figures, :earlier_escalated
    add_column :discourse_mediation_transparency_figures,
               :resolved_by_opening,
               :jsonb,
               null: false,
               default: {
               }
    add_column :discourse_mediation_transparency_figures,
               :escalated_by_opening,
               :jsonb,
               null: false,
               default: {
               }
  end

  def down
    remove_column :discourse_mediation_transparency_figures, :escalated_by_opening
    remove_column :discourse_mediation_transparency_figures, :resolved_by_opening
    add_column :discourse_mediation_transparency_figures,
               :earlier_escalated,
               :jsonb,
               null: false,
               default: {
               }
    add_column :discourse_mediation_transparency_figures,
               :earlier_resolved,
               :jsonb,
               null: false,
               default: {
               }
    execute "DELETE FROM discourse_mediation_transparency_figures"
    drop_table :discourse_mediation_transparency_days
  end
end
