# frozen_string_literal: true

module DiscourseMediation
  # The last word: the person concerned answers, once, what arrived after
  # their own statement (a statement from someone affected, or the mediators'
  # answer to a voter's question). Everyone who votes reads it; before the
  # vote, the vote waits for it until its time ends.
  class Statement::Answer
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      attribute :raw, :string

      validates :case_id, presence: true

      extend StatementTextContract
      requires_statement_text
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:answer_statement]

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:answer_statement]
      policy :answer_open
      model :statement, :create_answer
      step :close_the_time
    end

    step :add_to_report_topic

    private

    def answer_open(mediation_case:)
      mediation_case.answer_window_open?
    end

    def create_answer(mediation_case:, params:, guardian:)
      mediation_case.statements.create!(
        user: guardian.user,
        role: "subject",
        kind: "answer",
        raw: params.raw,
      )
    end

    # Answered: nothing more holds the vote.
    def close_the_time(mediation_case:, guardian:)
      mediation_case.update!(answer_until: nil)
      mediation_case.log_event!("statement_answered", user: guardian.user)
    end

    # While the ballot runs, the voters reading its topic read it there too.
    def add_to_report_topic(mediation_case:, statement:)
      ReportTopic.add_statement!(mediation_case, statement)
    end
  end
end
