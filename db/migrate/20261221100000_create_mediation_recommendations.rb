# frozen_string_literal: true

# Recommendations to the people who run other spaces the person concerned is
# active in: the text, the spaces it is for, the person's answer, and who
# passed it on and when. The plugin keeps the record and sends nothing.
class CreateMediationRecommendations < ActiveRecord::Migration[8.0]
  def change
    create_table :discourse_mediation_recommendations do |t|
      t.integer :case_id, null: false
      t.integer :created_by_id, null: false
      t.text :text, null: false
      t.string :spaces, array: true, null: false, default: []
      t.text :answer
      t.datetime :answered_at
      t.integer :passed_on_by_id
      t.datetime :passed_on_at
      t.timestamps
    end
    add_index :discourse_mediation_recommendations, :case_id
  end
end
