# frozen_string_literal: true

module DiscourseMediation
  # A voter who has a conflict in the case declares it and steps aside before
  # voting: they leave the roll, and the quorum is counted without them. Once
  # they have voted it is too late; the ballot is secret, so nothing can take
  # their vote back out. Held on the ballot's row, as voting and counting are.
  class Ballot::StepAside
    include Service::Base
    include Ballot::OpenBallot

    REASON_MAX_LENGTH = 500

    params do
      attribute :ballot_id, :integer
      attribute :reason, :string
      validates :ballot_id, presence: true

      extend ReasonContract
      requires_reason max_length: Ballot::StepAside::REASON_MAX_LENGTH,
                      error: "discourse_mediation.errors.conflict_reason_missing"
    end

    model :ballot
    policy :may_see_ballot
    policy :ballot_open
    policy :on_the_roll, class_name: Ballot::Policy::OnTheRoll

    transaction do
      step :lock_ballot
      policy :still_open
      step :step_aside
    end

    private

    def step_aside(ballot:, params:, guardian:)
      removed =
        BallotVoter.where(ballot_id: ballot.id, user_id: guardian.user.id, voted: false).delete_all
      fail!(I18n.t("discourse_mediation.errors.already_voted_cannot_step_aside")) if removed.zero?
      ballot.update!(eligible_count: ballot.eligible_count - 1)
      ballot.mediation_case.log_event!(
        "voter_stepped_aside",
        user: guardian.user,
        reason: params.reason,
      )
    end
  end
end
