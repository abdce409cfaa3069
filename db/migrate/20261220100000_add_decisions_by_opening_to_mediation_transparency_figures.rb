# frozen_string_literal: true

# A period's decisions by the month their case opened, each month with its
# outcomes and its days to decision, sorted ("2026-03" => { "outcomes" =>
# { "upheld" => 2 }, "days" => [12.5, 13.0] }): the report keeps those of the
# cases opened in its window and takes the median of their days together
# (TransparencyQuery), instead of reading every decision since the window
# began. The figures counted so far lack them, so they are forgotten: the
# next count (CountMediationTransparency, within ten minutes) counts
# everything again. One row per month and per quarter: added in place.
class AddDecisionsByOpeningToMediationTransparencyFigures < ActiveRecord::Migration[8.0]
  def up
    add_column :discourse_mediation_transparency_figures,
               :decisions_by_opening,
               :jsonb,
               null: false,
               default: {
               }
    execute "DELETE FROM discourse_mediation_transparency_figures"
  end

  def down
    remove_column :discourse_mediation_transparency_figures, :decisions_by_opening
  end
end
