# frozen_string_literal: true

module DiscourseMediation
  # A mediator answers a voter's question (Ballot::AskQuestion), once, while
  # the vote runs. The answer joins the case file as the mediators'
  # statement, with the question and without who asked: every voter reads it
  # there and in the report topic, and the person concerned reads it on
  # their page and has a short time to answer it (MediationCase::StatementTime).
  # Whoever is on the open roll steps aside before acting on the case.
  class Case::AnswerQuestion
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      attribute :question_id, :integer
      attribute :raw, :string

      validates :case_id, :question_id, presence: true

      def raw
        super.to_s.strip
      end

      validate do
        error = Statement.text_error(raw, empty_error: "discourse_mediation.errors.answer_empty")
        errors.add(:base, error) if error
      end
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:answer_question]
    policy :not_on_open_roll, class_name: Case::Policy::NotOnOpenRoll

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:answer_question]
      model :ballot_question
      policy :not_answered_yet
      model :statement, :answer
      step :record_on_timeline
    end

    step :add_to_report_topic
    step :open_answer_window

    private

    # Questions are asked on the decision's ballot only.
    def fetch_ballot_question(mediation_case:, params:)
      ballot = mediation_case.ballot
      ballot && BallotQuestion.find_by(ballot_id: ballot.id, id: params.question_id)
    end

    def not_answered_yet(ballot_question:)
      !ballot_question.answered?
    end

    def answer(mediation_case:, ballot_question:, params:, guardian:)
      mediation_case
        .statements
        .create!(
          user: guardian.user,
          role: "mediators",
          kind: "clarification",
          question: ballot_question.question,
          raw: params.raw,
        )
        .tap { ballot_question.update!(answer: _1) }
    end

    def record_on_timeline(mediation_case:, ballot_question:, guardian:)
      mediation_case.log_event!(
        "question_answered",
        user: guardian.user,
        question_id: ballot_question.id,
      )
    end

    def add_to_report_topic(mediation_case:, statement:)
      ReportTopic.add_statement!(mediation_case, statement)
    end

    # After the commit, so that the job telling the person concerned finds
    # the answer and their time to answer it.
    def open_answer_window(mediation_case:)
      mediation_case.open_answer_window!
    end
  end
end
