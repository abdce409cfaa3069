# frozen_string_literal: true

# The cases opened in each period by where the conduct happened ("forum" => 12,
# "private_message" => 2). The figures counted so far lack them, so they are
# forgotten: the next count (CountMediationTransparency, within ten minutes)
# counts everything again. One row per month and per quarter: added in place.
class AddOpenedByPlaceToMediationTransparencyFigures < ActiveRecord::Migration[8.0]
  def up
    add_column :discourse_mediation_transparency_figures,
               :opened_by_place,
               :jsonb,
               null: false,
               default: {
               }
    execute "DELETE FROM discourse_mediation_transparency_figures"
  end

  def down
    remove_column :discourse_mediation_transparency_figures, :opened_by_place
  end
end
