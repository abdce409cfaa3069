# frozen_string_literal: true

module DiscourseMediation
  # After the close, the digest of each counted paper's receipt code, so a
  # voter can check theirs was counted. Written all at once at the close, in
  # digest order, with no choice, user, time or id: a digest says "counted",
  # never what or who.
  class BallotReceipt < ActiveRecord::Base
    self.table_name = "discourse_mediation_ballot_receipts"
    self.primary_key = nil

    belongs_to :ballot, inverse_of: :receipts

    def readonly?
      persisted?
    end
  end
end

# == Schema Information
#
# Table name: discourse_mediation_ballot_receipts
#
#  ballot_id :integer          not null
#  digest    :string           not null
#
# Indexes
#
#  idx_on_ballot_id_digest_17390e02bb  (ballot_id,digest) UNIQUE
#
