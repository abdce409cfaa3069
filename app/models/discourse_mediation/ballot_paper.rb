# frozen_string_literal: true

module DiscourseMediation
  # A ballot paper: a choice, the digest of its receipt code and the voter's
  # optional reason. No user, no time and no id, so that nothing in a row
  # says who cast it or when.
  class BallotPaper < ActiveRecord::Base
    self.table_name = "discourse_mediation_ballot_papers"
    self.primary_key = nil

    belongs_to :ballot, inverse_of: :papers

    def readonly?
      persisted?
    end
  end
end
