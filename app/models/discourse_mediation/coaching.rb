# frozen_string_literal: true

module DiscourseMediation
  # Coaching carried out as a case's outcome (Rules::DueProcess::Coaching):
  # the plan its coach proposed, the person concerned's answer, the
  # check-ins, the person's summary and the result. Private to the person
  # concerned, the mediators and the moderators: never published.
  class Coaching < ActiveRecord::Base
    self.table_name = "discourse_mediation_coachings"

    KIND = Rules::DueProcess::Coaching::KIND
    PLAN_STATUSES = %w[proposed changes_requested agreed].freeze

    belongs_to :mediation_case, foreign_key: :case_id, inverse_of: :coaching
    belongs_to :coach, class_name: "User"
    belongs_to :finished_by, class_name: "User", optional: true
    has_many :check_ins,
             -> { order(:due_on, :id) },
             class_name: "DiscourseMediation::CoachingCheckIn",
             inverse_of: :coaching,
             dependent: :delete_all

    validates :plan_status, inclusion: { in: PLAN_STATUSES }
    validates :result, inclusion: { in: Rules::DueProcess::Coaching::RESULTS }, allow_nil: true

    # Was the case carried out as coaching? The step's kind as its ballot
    # offered it, so a later change to the ladder changes nothing.
    def self.outcome?(mediation_case)
      outcome = mediation_case.outcome
      return false if outcome.blank? || mediation_case.ballot.nil?
      mediation_case.ballot.kind_of(outcome) == KIND
    end

    # The coaching period's last day (UTC): the day the outcome ends.
    def self.period_ends_on(mediation_case)
      mediation_case.sanction_ends_at&.utc&.to_date
    end

    def agreed?
      plan_status == "agreed"
    end

    def finished?
      result.present?
    end

    def all_recorded?
      check_ins.all?(&:recorded?)
    end

    def last_due_on
      check_ins.map(&:due_on).max
    end

    def summary_open?(today)
      Rules::DueProcess::Coaching.summary_open?(
        agreed: agreed?,
        last_due_on:,
        written: summary_at.present?,
        today:,
        ends_on: Coaching.period_ends_on(mediation_case),
      )
    end
  end
end

# == Schema Information
#
# Table name: discourse_mediation_coachings
#
#  id             :bigint           not null, primary key
#  case_id        :integer          not null
#  coach_id       :integer          not null
#  plan           :text             not null
#  plan_status    :string           default("proposed"), not null
#  change_comment :text
#  agreed_at      :datetime
#  summary        :text
#  summary_at     :datetime
#  result         :string
#  finished_at    :datetime
#  finished_by_id :integer
#  created_at     :datetime         not null
#  updated_at     :datetime         not null
#
# Indexes
#
#  index_discourse_mediation_coachings_on_case_id  (case_id) UNIQUE
#
