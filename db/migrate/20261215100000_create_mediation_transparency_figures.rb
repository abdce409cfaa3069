# frozen_string_literal: true

# The transparency report's figures, one row per month and per quarter, kept
# by a scheduled job (TransparencyRollup): a report of any window reads at
# most one row per period instead of every case and event since it began.
# Medians are kept with the number of values they were taken over, so that the
# page still hides a median over fewer than three cases.
class CreateMediationTransparencyFigures < ActiveRecord::Migration[8.0]
  def change
    create_table :discourse_mediation_transparency_figures do |t|
      t.string :period_kind, null: false
      t.string :period, null: false
      t.datetime :starts_at, null: false
      t.integer :requests, null: false, default: 0
      t.integer :resolved, null: false, default: 0
      t.integer :escalated, null: false, default: 0
      t.jsonb :outcomes, null: false, default: {}
      t.integer :response_count, null: false, default: 0
      t.float :median_response_hours
      t.integer :decision_count, null: false, default: 0
      t.float :median_decision_days
      t.datetime :refreshed_at, null: false
    end
    add_index :discourse_mediation_transparency_figures,
              %i[period_kind starts_at],
              unique: true,
              name: "idx_mediation_transparency_figures_period"
  end
end
