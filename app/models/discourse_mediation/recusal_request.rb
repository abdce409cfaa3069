# frozen_string_literal: true

module DiscourseMediation
  # The person concerned's request that a named voter step aside, and a
  # moderator's decision on it. Granted and still undecided requests keep
  # the voter off the roll when the ballot opens.
  class RecusalRequest < ActiveRecord::Base
    self.table_name = "discourse_mediation_recusal_requests"

    DECISIONS = %w[granted declined].freeze
    REASON_MAX_LENGTH = 500

    belongs_to :mediation_case, foreign_key: :case_id, inverse_of: :recusal_requests
    belongs_to :voter, class_name: "User"

    validates :decision, inclusion: { in: DECISIONS }, allow_nil: true

    scope :keeping_off_the_roll, -> { where(decision: [nil, "granted"]) }

    def pending?
      decision.nil?
    end
  end
end
