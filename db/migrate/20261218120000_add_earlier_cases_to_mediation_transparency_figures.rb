# frozen_string_literal: true

# Of a period's resolutions and escalations, those of cases opened before the
# period began, by the month they opened ("2026-03" => 4): the report counts
# only the cases opened in its window, and takes these away for the cases
# opened before it (TransparencyQuery). The figures counted so far lack them,
# so they are forgotten: the next count (CountMediationTransparency, within
# ten minutes) counts everything again. The table has a row per month and per
# quarter, so the columns are added in place.
class AddEarlierCasesToMediationTransparencyFigures < ActiveRecord::Migration[8.0]
  def up
    add_column :discourse_mediation_transparency_figures,
               :earlier_resolved,
               :jsonb,
               null: false,
               default: {
               }
    add_column :discourse_mediation_transparency_figures,
               :earlier_escalated,
               :jsonb,
               null: false,
               default: {
               }
    execute "DELETE FROM discourse_mediation_transparency_figures"
  end

  def down
    remove_column :discourse_mediation_transparency_figures, :earlier_escalated
    remove_column :discourse_mediation_transparency_figures, :earlier_resolved
  end
end
