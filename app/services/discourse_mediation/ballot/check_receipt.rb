# frozen_string_literal: true

module DiscourseMediation
  # After the close, a voter checks that their receipt is among the counted
  # papers' receipts. The answer says "counted" or not, never what was chosen.
  class Ballot::CheckReceipt
    include Service::Base

    params do
      attribute :ballot_id, :integer
      attribute :receipt, :string

      validates :ballot_id, presence: true
    end

    model :ballot
    policy :may_see_ballot
    policy :ballot_closed
    step :check

    private

    def fetch_ballot(params:)
      DiscourseMediation::Ballot.includes(mediation_case: %i[people help_requests events]).find_by(
        id: params.ballot_id,
      )
    end

    def may_see_ballot(ballot:, guardian:)
      guardian.can_see_mediation_ballot?(ballot)
    end

    def ballot_closed(ballot:)
      ballot.closed?
    end

    def check(ballot:, params:)
      context[:counted] = BallotReceipt.where(
        ballot_id: ballot.id,
        digest: Rules::Ballot::Receipt.digest(params.receipt),
      ).exists?
    end
  end
end
