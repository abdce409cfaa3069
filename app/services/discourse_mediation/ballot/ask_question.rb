# frozen_string_literal: true

module DiscourseMediation
  # A voter asks the mediators a question about the case, from the ballot:
  # the report topic is closed to replies, so that nothing is said about the
  # case where the person concerned cannot read it or answer. The question
  # reaches the mediators at once, in the case's mediators' message, never
  # naming who asked; their answer, if they give one, joins the case file
  # (Case::AnswerQuestion). On the first ballot only, while it is open, by
  # someone on its roll (voted or not).
  class Ballot::AskQuestion
    include Service::Base
    include Ballot::OpenBallot

    params do
      attribute :ballot_id, :integer
      attribute :question, :string

      validates :ballot_id, presence: true

      def question
        super.to_s.strip
      end

      validate do
        error = BallotQuestion.text_error(question)
        errors.add(:base, error) if error
      end
    end

    model :ballot
    policy :may_see_ballot
    policy :first_ballot
    policy :ballot_open
    policy :on_the_roll, class_name: Ballot::Policy::OnTheRoll

    transaction do
      step :lock_ballot
      policy :still_open
      policy :not_asked_yet
      model :ballot_question, :create_question
      step :record_on_timeline
    end

    step :tell_mediators

    private

    # An appeal is decided on the case file as it stood, with the appeal:
    # the person concerned could not answer what was added to it then.
    def first_ballot(ballot:)
      !ballot.appeal?
    end

    # A second press of the button, or the same question sent twice.
    def not_asked_yet(ballot:, params:, guardian:)
      !ballot.questions.exists?(asked_by_id: guardian.user.id, question: params.question)
    end

    def create_question(ballot:, params:, guardian:)
      ballot.questions.create!(asked_by: guardian.user, question: params.question)
    end

    # Unsigned: the timeline says that a voter asked, never who.
    def record_on_timeline(ballot:, ballot_question:)
      ballot.mediation_case.log_event!("question_asked", question_id: ballot_question.id)
    end

    def tell_mediators(ballot:, ballot_question:)
      Notices::VoterQuestion.new(ballot.mediation_case, ballot_question).send!
    end
  end
end
