# frozen_string_literal: true

module DiscourseMediation
  # A request that a voter step aside, and a moderator's decision on it:
  # the person concerned's, with their reason ("asked"), or the report's
  # naming a voter as affected ("named"). Granted and still undecided
  # requests keep the voter off the roll when the ballot opens.
  class RecusalRequest < ActiveRecord::Base
    self.table_name = "discourse_mediation_recusal_requests"

    DECISIONS = %w[granted declined].freeze
    KINDS = %w[asked named].freeze
    REASON_MAX_LENGTH = 500

    belongs_to :mediation_case, foreign_key: :case_id, inverse_of: :recusal_requests
    belongs_to :voter, class_name: "User"

    validates :decision, inclusion: { in: DECISIONS }, allow_nil: true
    validates :kind, inclusion: { in: KINDS }
    validates :reason, presence: true, if: :asked?

    scope :keeping_off_the_roll, -> { where(decision: [nil, "granted"]) }
    scope :asked, -> { where(kind: "asked") }

    def asked?
      kind == "asked"
    end

    def named?
      kind == "named"
    end

    def pending?
      decision.nil?
    end
  end
end

# == Schema Information
#
# Table name: discourse_mediation_recusal_requests
#
#  id              :bigint           not null, primary key
#  case_id         :integer          not null
#  voter_id        :integer          not null
#  reason          :text
#  decision        :string
#  decision_reason :text
#  decided_by_id   :integer
#  decided_at      :datetime
#  created_at      :datetime         not null
#  updated_at      :datetime         not null
#  kind            :string           default("asked"), not null
#
# Indexes
#
#  idx_on_case_id_voter_id_be900beb6b  (case_id,voter_id) UNIQUE
#
