# frozen_string_literal: true

module DiscourseMediation
  # Reads what Rules::Record::Transparency aggregates: one row per period from
  # TransparencyFigure, which a scheduled job keeps counted
  # (TransparencyRollup). The report covers whole periods, from the one that
  # began twelve months ago (twenty-four for quarters) to the current one.
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
      since = Rules::Record::Forgiveness.months_ago(now, @period == :quarter ? MONTHS * 2 : MONTHS)
      @first = Rules::Record::Transparency.period_start(since, @period)
    end

    attr_reader :period

    def rows
      outcome_keys = LadderStep.in_order.pluck(:key)
      TransparencyFigure
        .of_kind(@period)
        .where("starts_at >= ?", @first)
        .order(:starts_at)
        .map do |figure|
          Rules::Record::Transparency.publishable(figure.period, figure.summary, outcome_keys)
        end
    end

    # When the figures were last counted; nil before the first count.
    def counted_at
      TransparencyFigure.maximum(:refreshed_at)
    end

    def outcome_titles
      LadderStep.in_order.pluck(:key, :title).to_h
    end
  end
end
