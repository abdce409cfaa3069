# frozen_string_literal: true

module DiscourseMediation
  # Counts each day's requests, and the cases opened on it by place with
  # their first-response hours, into TransparencyDay (TransparencyRollup
  # says which days). A report reads its first period from these rows but
  # for the day its window began on (TransparencyQuery).
  module TransparencyDays
    module_function

    # `days`: the first moments of the days to count again, in order.
    def count!(days, now)
      runs(days).each { |run| count_run!(run.first...(run.last + 1.day), now) }
    end

    # The days in runs of consecutive days, each run read with one query per
    # figure.
    def runs(days)
      days.slice_when { |earlier, later| later - earlier > 1.day }.to_a
    end

    def count_run!(range, now)
      day = Arel.sql("date_trunc('day', created_at)")
      rows =
        Hash.new { |hash, at| hash[at] = { requests: 0, opened_by_place: {}, response_hours: [] } }
      HelpRequest
        .where(created_at: range)
        .group(day)
        .count
        .each { |at, count| rows[at][:requests] = count }
      cases = MediationCase.where(created_at: range)
      cases
        .group(day, :conduct_place)
        .count
        .each { |(at, place), count| rows[at][:opened_by_place][place] = count }
      cases
        .where.not(first_response_at: nil)
        .group(day)
        .pluck(
          day,
          Arel.sql("array_agg(#{TransparencyQuery::HOURS} ORDER BY #{TransparencyQuery::HOURS})"),
        )
        .each { |at, hours| rows[at][:response_hours] = hours }
      write!(range, rows, now)
    end

    # Keeps the days on which something happened and forgets the others.
    def write!(range, rows, now)
      TransparencyDay
        .where(day: range.begin.to_date...range.end.to_date)
        .where.not(day: rows.keys.map(&:to_date))
        .delete_all
      return if rows.empty?
      TransparencyDay.upsert_all(
        rows.map { |at, row| { day: at.to_date, refreshed_at: now, **row } },
        unique_by: :day,
      )
    end
  end
end
