# frozen_string_literal: true

class AddDueProcess < ActiveRecord::Migration[8.0]
  def change
    # The published list of actionable behaviours. Each edit is a new version;
    # a case keeps the text of the version it cited.
    create_table :discourse_mediation_behaviours do |t|
      t.string :key, null: false
      t.integer :position, null: false, default: 0
      t.integer :version, null: false, default: 1
      t.string :title, null: false
      t.text :description, null: false
      t.datetime :retired_at
      t.timestamps
    end
    add_index :discourse_mediation_behaviours, :key, unique: true

    create_table :discourse_mediation_behaviour_versions do |t|
      t.integer :behaviour_id, null: false
      t.integer :version, null: false
      t.string :title, null: false
      t.text :description, null: false
      t.integer :created_by_id
      t.datetime :created_at, null: false
    end
    add_index :discourse_mediation_behaviour_versions, %i[behaviour_id version], unique: true

    create_table :discourse_mediation_ladder_steps do |t|
      t.string :key, null: false
      t.string :kind, null: false
      t.integer :position, null: false
      t.string :title, null: false
      t.text :description, null: false, default: ""
      t.integer :duration_days
      t.integer :review_days
      t.timestamps
    end
    add_index :discourse_mediation_ladder_steps, :key, unique: true

    create_table :discourse_mediation_reports do |t|
      t.integer :case_id, null: false
      t.text :what_happened, null: false, default: ""
      t.text :mediation_course, null: false, default: ""
      t.text :why_unresolved, null: false, default: ""
      t.string :cited_keys, array: true, null: false, default: []
      t.string :recommended_keys, array: true, null: false, default: []
      t.integer :affected_user_ids, array: true, null: false, default: []
      t.integer :updated_by_id
      t.datetime :submitted_at
      t.integer :submitted_by_id
      t.timestamps
    end
    add_index :discourse_mediation_reports, :case_id, unique: true

    # The text of each cited item as it was when the report was submitted.
    create_table :discourse_mediation_citations do |t|
      t.integer :report_id, null: false
      t.string :behaviour_key, null: false
      t.integer :version, null: false
      t.string :title, null: false
      t.text :description, null: false
      t.integer :position, null: false
    end
    add_index :discourse_mediation_citations, %i[report_id behaviour_key], unique: true

    create_table :discourse_mediation_statements do |t|
      t.integer :case_id, null: false
      t.integer :user_id, null: false
      t.string :role, null: false
      t.text :raw, null: false, default: ""
      t.boolean :declined, null: false, default: false
      t.timestamps
    end
    add_index :discourse_mediation_statements, %i[case_id user_id], unique: true

    add_column :discourse_mediation_cases, :statement_deadline_at, :datetime
    add_column :discourse_mediation_cases, :waived_at, :datetime
    add_column :discourse_mediation_cases, :reminded_at, :datetime
    add_column :discourse_mediation_cases, :extension_requested_at, :datetime
    add_column :discourse_mediation_cases, :extension_reason, :text
    add_column :discourse_mediation_cases, :extension_decision, :string
    add_column :discourse_mediation_cases, :extension_decision_reason, :text
    add_column :discourse_mediation_cases, :extension_decided_by_id, :integer
    add_column :discourse_mediation_cases, :interim_suspended_until, :datetime
    add_column :discourse_mediation_cases, :interim_suspended_by_id, :integer
    add_index :discourse_mediation_cases, %i[state statement_deadline_at]

    add_column :discourse_mediation_help_requests, :behaviour_key, :string
  end
end
