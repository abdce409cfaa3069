# frozen_string_literal: true

module DiscourseMediation
  # Reads what Rules::Record::Transparency aggregates, in a fixed number of queries.
  class TransparencyQuery
    MONTHS = 12

    def initialize(period:, now: Time.zone.now)
      @period =
        (
          if Rules::Record::Transparency::PERIODS.include?(period.to_s.to_sym)
            period.to_s.to_sym
          else
            :month
          end
        )
      @since = Rules::Record::Forgiveness.months_ago(now, @period == :quarter ? MONTHS * 2 : MONTHS)
    end

    attr_reader :period

    def rows
      Rules::Record::Transparency.aggregate(
        requests: HelpRequest.where("created_at >= ?", @since).pluck(:created_at),
        cases: cases,
        period: @period,
        outcome_keys: LadderStep.in_order.pluck(:key),
      )
    end

    def outcome_titles
      LadderStep.in_order.pluck(:key, :title).to_h
    end

    private

    def cases
      mediation_cases = MediationCase.where("created_at >= ?", @since).includes(:ballot).to_a
      moments =
        CaseEvent
          .where(case_id: mediation_cases.map(&:id), action: %w[escalate close_ballot])
          .pluck(:case_id, :action, :created_at)
          .group_by(&:first)
      mediation_cases.map do |c|
        at = ->(action) { moments[c.id]&.find { _1[1] == action }&.last }
        Rules::Record::Transparency::Case.new(
          opened_at: c.created_at,
          first_response_at: c.first_response_at,
          resolved_at: c.state == "resolved" ? c.ended_at : nil,
          escalated_at: at.("escalate"),
          decided_at: at.("close_ballot"),
          outcome: c.ballot&.outcome,
        )
      end
    end
  end
end
