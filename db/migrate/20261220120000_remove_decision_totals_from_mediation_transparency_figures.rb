# frozen_string_literal: true

# A period's outcomes and days to decision are kept by the day their case
# opened (decisions_by_opening), from which the report takes them; the
# period's own totals were counted a second time and read by nothing.
class RemoveDecisionTotalsFromMediationTransparencyFigures < ActiveRecord::Migration[8.0]
  def change
    remove_column :discourse_mediation_transparency_figures,
                  :outcomes,
                  :jsonb,
                  null: false,
                  default: {
                  }
    remove_column :discourse_mediation_transparency_figures,
                  :decision_count,
                  :integer,
                  null: false,
                  default: 0
    remove_column :discourse_mediation_transparency_figures, :median_decision_days, :float
  end
end
