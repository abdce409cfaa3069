# frozen_string_literal: true

# Coaching, a step of the ladder: the plan a mediator and the person
# concerned agree, its check-ins, the person's summary and the result.
class CreateMediationCoachings < ActiveRecord::Migration[8.0]
  def change
    create_table :discourse_mediation_coachings do |t|
      t.integer :case_id, null: false
      t.integer :coach_id, null: false
      t.text :plan, null: false
      # proposed, changes_requested or agreed.
      t.string :plan_status, null: false, default: "proposed"
      t.text :change_comment
      t.datetime :agreed_at
      t.text :summary
      t.datetime :summary_at
      # completed or not_completed, once the mediator records it.
      t.string :result
      t.datetime :finished_at
      t.integer :finished_by_id
      t.timestamps
    end
    add_index :discourse_mediation_coachings, :case_id, unique: true

    create_table :discourse_mediation_coaching_check_ins do |t|
      t.integer :coaching_id, null: false
      t.date :due_on, null: false
      # held or missed, once recorded.
      t.string :status
      t.text :note
      t.integer :recorded_by_id
      t.datetime :recorded_at
      t.timestamps
    end
    add_index :discourse_mediation_coaching_check_ins,
              %i[coaching_id due_on],
              unique: true,
              name: "idx_mediation_coaching_check_ins_once"
  end
end
