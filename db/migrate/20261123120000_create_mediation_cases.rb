# frozen_string_literal: true

class CreateMediationCases < ActiveRecord::Migration[8.0]
  OPEN_STATES =
    "'requested', 'mediating', 'report_draft', 'awaiting_statements', 'voting', 'decided'"

  def change
    create_table :discourse_mediation_cases do |t|
      t.integer :topic_id, null: false
      t.integer :post_id, null: false
      t.string :state, null: false, default: "requested"
      t.boolean :urgent, null: false, default: false
      t.integer :mediator_id
      t.integer :mediators_topic_id
      t.timestamps
    end

    # At most one open case per topic: a second request joins it.
    add_index :discourse_mediation_cases,
              :topic_id,
              unique: true,
              where: "state IN (#{OPEN_STATES})",
              name: "index_mediation_cases_one_open_per_topic"
    add_index :discourse_mediation_cases, %i[state created_at]

    create_table :discourse_mediation_help_requests do |t|
      t.integer :case_id, null: false
      t.integer :user_id, null: false
      t.integer :post_id, null: false
      t.string :kind, null: false
      t.text :message, null: false, default: ""
      t.boolean :consent_to_be_named, null: false, default: false
      t.datetime :withdrawn_at
      t.timestamps
    end

    add_index :discourse_mediation_help_requests, %i[case_id user_id], unique: true
    add_index :discourse_mediation_help_requests, %i[user_id created_at]

    create_table :discourse_mediation_case_events do |t|
      t.integer :case_id, null: false
      t.integer :user_id
      t.string :action, null: false
      t.jsonb :data, null: false, default: {}
      t.datetime :created_at, null: false
    end

    add_index :discourse_mediation_case_events, %i[case_id created_at]
  end
end
