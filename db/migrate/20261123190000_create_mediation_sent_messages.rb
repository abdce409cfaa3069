# frozen_string_literal: true

class CreateMediationSentMessages < ActiveRecord::Migration[8.0]
  def change
    create_table :discourse_mediation_sent_messages do |t|
      t.integer :case_id, null: false
      t.string :kind, null: false
      t.integer :user_id, null: false
      t.datetime :created_at, null: false
    end
    add_index :discourse_mediation_sent_messages, %i[case_id kind user_id], unique: true
  end
end
