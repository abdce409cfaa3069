# frozen_string_literal: true

module DiscourseMediation
  # Whoever acts on a case does not vote on it (docs/design.md, "Invariants"):
  # someone on the roll of its open ballot, the decision's or the appeal's,
  # steps aside from that ballot before acting on the case.
  class Case::Policy::NotOnOpenRoll < Service::PolicyBase
    delegate :guardian, :mediation_case, to: :context, private: true

    def call
      open_ballots = Ballot.where(case_id: mediation_case.id, closed_at: nil).select(:id)
      !BallotVoter.where(ballot_id: open_ballots, user_id: guardian.user.id).exists?
    end

    def reason
      I18n.t("discourse_mediation.errors.on_open_roll")
    end
  end
end
