# frozen_string_literal: true

module DiscourseMediation
  # A ballot paper while its ballot is open: the choice, the receipt's digest
  # and the optional reason, sealed together (BallotSeal) and padded to one
  # length. No user, no time and no id. Deleted at the close, once counted.
  #
  # `choice`, `receipt_digest` and `reason` are the plain columns of papers
  # cast before sealing existed; only a ballot open across the upgrade has
  # such papers, and its close reads them as they are.
  class BallotPaper < ActiveRecord::Base
    self.table_name = "discourse_mediation_ballot_papers"
    self.primary_key = nil

    belongs_to :ballot, inverse_of: :papers

    def readonly?
      persisted?
    end

    # What the paper says, opened with its ballot's seal.
    def contents(seal)
      return seal.open(sealed) if sealed
      { choice:, receipt_digest:, reason: }
    end
  end
end

# == Schema Information
#
# Table name: discourse_mediation_ballot_papers
#
#  ballot_id      :integer          not null
#  choice         :string
#  receipt_digest :string
#  reason         :text
#  sealed         :text
#
# Indexes
#
#  index_discourse_mediation_ballot_papers_on_ballot_id  (ballot_id)
#
