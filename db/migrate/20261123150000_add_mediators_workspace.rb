# frozen_string_literal: true

class AddMediatorsWorkspace < ActiveRecord::Migration[8.0]
  def change
    add_column :discourse_mediation_cases, :first_response_at, :datetime
    add_column :discourse_mediation_cases, :ended_at, :datetime
    add_column :discourse_mediation_cases, :outcome_note, :text
    add_column :discourse_mediation_cases,
               :outcome_note_shareable,
               :boolean,
               null: false,
               default: false
    add_index :discourse_mediation_cases, %i[mediator_id state]

    # The people a case is about and with: the post's author (the subject) and
    # anyone mediators add.
    create_table :discourse_mediation_case_people do |t|
      t.integer :case_id, null: false
      t.integer :user_id, null: false
      t.boolean :subject, null: false, default: false
      t.integer :added_by_id
      t.timestamps
    end

    add_index :discourse_mediation_case_people, %i[case_id user_id], unique: true
    add_index :discourse_mediation_case_people, :user_id

    reversible { |direction| direction.up { execute <<~SQL } }
        INSERT INTO discourse_mediation_case_people (case_id, user_id, subject, created_at, updated_at)
        SELECT c.id, p.user_id, TRUE, c.created_at, c.created_at
        FROM discourse_mediation_cases c
        JOIN posts p ON p.id = c.post_id
        WHERE p.user_id IS NOT NULL
        ON CONFLICT DO NOTHING
      SQL

    create_table :discourse_mediation_case_notes do |t|
      t.integer :case_id, null: false
      t.integer :user_id, null: false
      t.text :raw, null: false
      t.timestamps
    end

    add_index :discourse_mediation_case_notes, %i[case_id created_at]
  end
end
