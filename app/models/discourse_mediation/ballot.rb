# frozen_string_literal: true

module DiscourseMediation
  # The secret ballot on an escalated case: its options (No action first, then
  # the recommended steps in severity order), when it runs, and once closed,
  # its result.
  class Ballot < ActiveRecord::Base
    self.table_name = "discourse_mediation_ballots"

    KINDS = %w[decision appeal].freeze

    # No inverse: a case has two ballots at most, the decision and the appeal.
    belongs_to :mediation_case, foreign_key: :case_id, inverse_of: false
    belongs_to :topic, optional: true
    has_many :voters, class_name: "DiscourseMediation::BallotVoter", inverse_of: :ballot
    has_many :papers, class_name: "DiscourseMediation::BallotPaper", inverse_of: :ballot
    has_one :seal, class_name: "DiscourseMediation::BallotSeal", inverse_of: :ballot
    has_many :receipts, class_name: "DiscourseMediation::BallotReceipt", inverse_of: :ballot
    # Voters' questions to the mediators, asked here rather than in the
    # report topic, which is closed to replies.
    has_many :questions,
             -> { order(:created_at, :id) },
             class_name: "DiscourseMediation::BallotQuestion",
             inverse_of: :ballot

    scope :due_to_close,
          ->(now = Time.zone.now) { where(closed_at: nil).where("closes_at <= ?", now) }

    def open?(now = Time.zone.now)
      closed_at.nil? && now < closes_at
    end

    def closed?
      closed_at.present?
    end

    def appeal?
      kind == "appeal"
    end

    SNAPSHOT_ATTRIBUTES = %w[key kind title description duration_days review_days].freeze

    def self.snapshot(steps)
      steps.map { |step| step.attributes.slice(*SNAPSHOT_ATTRIBUTES) }
    end

    # The options as they read when the ballot opened, as read-only ladder
    # steps. Ballots opened before the snapshot existed read the live ladder.
    def option_ladder_steps
      @option_ladder_steps ||=
        if option_steps.present?
          option_steps.map { |attributes| LadderStep.new(attributes).tap(&:readonly!) }
        else
          live = LadderStep.where(key: options).index_by(&:key)
          options.filter_map { |key| live[key] }
        end
    end

    def option_step(key)
      option_ladder_steps.find { |step| step.key == key.to_s }
    end

    # The step a moderator carries out: the one they chose, or the decided one.
    # Nil for a key the ballot did not offer (Case::Policy::AsVoted refuses it).
    def step_to_carry_out(key)
      option_step(key.presence || outcome)
    end

    # The kind of sanction a decided key stands for (a key no step describes
    # keeps its own name, which for the default ladder is its kind).
    def kind_of(key)
      option_step(key)&.kind || key.to_s
    end

    def voter?(user)
      user.present? && voters.exists?(user_id: user.id)
    end

    def voted?(user)
      user.present? && voters.exists?(user_id: user.id, voted: true)
    end
  end
end

# == Schema Information
#
# Table name: discourse_mediation_ballots
#
#  id             :bigint           not null, primary key
#  case_id        :integer          not null
#  topic_id       :integer
#  options        :string           default([]), not null, is an Array
#  eligible_count :integer          not null
#  quorum_percent :integer          not null
#  opens_at       :datetime         not null
#  closes_at      :datetime         not null
#  closed_at      :datetime
#  outcome        :string
#  quorum_met     :boolean
#  counts         :jsonb
#  cast_count     :integer
#  abstentions    :integer
#  required_count :integer
#  created_at     :datetime         not null
#  updated_at     :datetime         not null
#  option_steps   :jsonb            default([]), not null
#  min_ballots    :integer          default(1), not null
#  kind           :string           default("decision"), not null
#  paper_reasons  :text             default([]), not null, is an Array
#
# Indexes
#
#  index_discourse_mediation_ballots_on_case_id_and_kind         (case_id,kind) UNIQUE
#  index_discourse_mediation_ballots_on_closed_at_and_closes_at  (closed_at,closes_at)
#  index_discourse_mediation_ballots_on_topic_id                 (topic_id)
#
