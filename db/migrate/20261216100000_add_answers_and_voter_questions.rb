# frozen_string_literal: true

# The person concerned is heard to the end: they answer, once each time, what
# arrives after their own statement (still one statement per person; answers,
# and the mediators' answers to voters, may be several); a voter's question
# reaches the mediators, whose answer joins the case file as a statement;
# after the decision they may send a short statement before the review, and
# answer a private reminder.
class AddAnswersAndVoterQuestions < ActiveRecord::Migration[8.0]
  def change
    add_column :discourse_mediation_statements, :kind, :string, null: false, default: "statement"
    # On the mediators' answer to a voter's question: the question, unsigned.
    add_column :discourse_mediation_statements, :question, :text
    remove_index :discourse_mediation_statements, %i[case_id user_id], unique: true
    add_index :discourse_mediation_statements,
              %i[case_id user_id],
              unique: true,
              where: "kind = 'statement'",
              name: "idx_mediation_statements_one_each"

    add_column :discourse_mediation_cases, :answer_until, :datetime
    add_column :discourse_mediation_cases, :review_statement, :text
    add_column :discourse_mediation_cases, :review_statement_at, :datetime
    add_column :discourse_mediation_cases, :reminder_answer, :text
    add_column :discourse_mediation_cases, :reminder_answered_at, :datetime

    create_table :discourse_mediation_ballot_questions do |t|
      t.integer :ballot_id, null: false
      t.integer :asked_by_id, null: false
      t.text :question, null: false
      # The mediators' answer, once given: a statement of kind clarification.
      t.integer :statement_id
      t.timestamps
    end
    add_index :discourse_mediation_ballot_questions, :ballot_id
  end
end
