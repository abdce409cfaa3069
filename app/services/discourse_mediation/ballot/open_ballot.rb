# frozen_string_literal: true

module DiscourseMediation
  # The steps a voter's action on an open ballot shares (voting, stepping
  # aside): find it, refuse it to those who may not see it, check it is open,
  # and hold its row, as closing does, so the action is either taken before
  # the count or refused.
  module Ballot::OpenBallot
    private

    def fetch_ballot(params:)
      DiscourseMediation::Ballot.find_by(id: params.ballot_id)
    end

    # Someone who may not even see the ballot learns nothing about it.
    def may_see_ballot(ballot:, guardian:)
      guardian.can_see_mediation_ballot?(ballot)
    end

    def ballot_open(ballot:)
      ballot.open?
    end

    def lock_ballot(ballot:)
      ballot.lock!
    end

    # Checked again with the row held: the ballot may have closed meanwhile.
    def still_open(ballot:)
      ballot.open?
    end
  end
end
