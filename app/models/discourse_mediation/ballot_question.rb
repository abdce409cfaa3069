# frozen_string_literal: true

module DiscourseMediation
  # A voter's question to the mediators, asked on the ballot page instead of
  # in the report topic, where the person concerned could not read or answer
  # it. The answer joins the case file as a statement.
  class BallotQuestion < ActiveRecord::Base
    self.table_name = "discourse_mediation_ballot_questions"

    MAX_LENGTH = 1000

    belongs_to :ballot, inverse_of: :questions
    belongs_to :asked_by, class_name: "User"
    belongs_to :answer,
               class_name: "DiscourseMediation::Statement",
               foreign_key: :statement_id,
               optional: true

    validates :question, presence: true, length: { maximum: MAX_LENGTH }

    scope :unanswered, -> { where(statement_id: nil) }

    # What is wrong with a question's text, in words, or nil.
    def self.text_error(text)
      return I18n.t("discourse_mediation.errors.question_empty") if text.empty?
      if text.each_char.count > MAX_LENGTH
        I18n.t("discourse_mediation.errors.question_too_long", count: MAX_LENGTH)
      end
    end

    def answered?
      statement_id.present?
    end
  end
end

# == Schema Information
#
# Table name: discourse_mediation_ballot_questions
#
#  id           :bigint           not null, primary key
#  ballot_id    :integer          not null
#  asked_by_id  :integer          not null
#  question     :text             not null
#  statement_id :integer
#  created_at   :datetime         not null
#  updated_at   :datetime         not null
#
# Indexes
#
#  index_discourse_mediation_ballot_questions_on_ballot_id  (ballot_id)
#
