# frozen_string_literal: true

require_relative "../case/conduct_place"

module DiscourseMediation
  module Rules
    module Record
      # The aggregate figures moderators publish: per month or quarter, how many
      # asked for help, how many cases mediation resolved, how many were escalated,
      # each outcome, and the median times to a first response and to a decision.
      # No names, and no cell small enough to single a person out.
      module Transparency
        SMALL = 3 # counts from 1 to SMALL - 1 are shown as "fewer than 3"
        FEWER = "fewer_than_3"
        PERIODS = %i[month quarter].freeze

        Case =
          Struct.new(
            :opened_at,
            :first_response_at,
            :resolved_at,
            :escalated_at,
            :decided_at,
            :outcome,
            keyword_init: true,
          )

        module_function

        def period_key(time, period)
          if period.to_sym == :quarter
            "#{time.year}-Q#{((time.month - 1) / 3) + 1}"
          else
            format("%04d-%02d", time.year, time.month)
          end
        end

        # The first moment of the period `time` falls in (UTC, as Discourse
        # keeps times): reports start at the beginning of a period.
        def period_start(time, period)
          month = period.to_sym == :quarter ? (((time.month - 1) / 3) * 3) + 1 : time.month
          Time.utc(time.year, month, 1)
        end

        # The start of the period after the one `start` begins.
        def next_period_start(start, period)
          total = start.year * 12 + start.month - 1 + (period.to_sym == :quarter ? 3 : 1)
          Time.utc(total / 12, (total % 12) + 1, 1)
        end

        # `requests`: the times help was asked; `cases`: Case structs. Each event
        # counts in the period it happened in.
        def aggregate(requests:, cases:, period:, outcome_keys:)
          rows = tally(requests:, cases:, period:)
          rows.keys.sort.map { |key| publishable(key, summary(rows[key]), outcome_keys) }
        end

        # Per period key, what happened in it: counts, and the times that
        # medians are taken over.
        def tally(requests:, cases:, period:)
          rows = Hash.new { |hash, key| hash[key] = empty_row }

          requests.each { |time| rows[period_key(time, period)][:requests] += 1 }
          cases.each do |c|
            rows[period_key(c.resolved_at, period)][:resolved] += 1 if c.resolved_at
            rows[period_key(c.escalated_at, period)][:escalated] += 1 if c.escalated_at
            if c.decided_at && c.outcome
              row = rows[period_key(c.decided_at, period)]
              row[:outcomes][c.outcome] = row[:outcomes].fetch(c.outcome, 0) + 1
              row[:decision_days] << (c.decided_at - c.opened_at) / 86_400.0
            end
            if c.first_response_at
              rows[period_key(c.opened_at, period)][:response_hours] << (
                c.first_response_at - c.opened_at
              ) / 3600.0
            end
          end
          rows
        end

        def empty_row
          row = { requests: 0, resolved: 0, escalated: 0, response_hours: [], decision_days: [] }
          row.merge(outcomes: {})
        end

        # What a period keeps once counted (TransparencyFigure's columns): each
        # median with the number of values it was taken over.
        def summary(row)
          {
            requests: row[:requests],
            resolved: row[:resolved],
            escalated: row[:escalated],
            outcomes: row[:outcomes],
            response_count: row[:response_hours].size,
            median_response_hours: median(row[:response_hours]),
            decision_count: row[:decision_days].size,
            median_decision_days: median(row[:decision_days]),
          }
        end

        # Small counts hidden; medians only over enough cases not to describe
        # one. Outcomes nobody reached are listed too, in the ladder's order,
        # and so are the places no case was about. `opened_by_place`: the
        # cases opened in the period by where the conduct happened.
        def publishable(key, summary, outcome_keys)
          outcomes = outcome_keys.to_h { [_1, 0] }.merge(summary[:outcomes])
          opened = summary.fetch(:opened_by_place, {}).transform_keys(&:to_s)
          {
            period: key,
            requests: count(summary[:requests]),
            resolved: count(summary[:resolved]),
            escalated: count(summary[:escalated]),
            outcomes: outcomes.transform_values { count(_1) },
            cases_by_place:
              Rules::Case::ConductPlace::PLACES.to_h { [_1, count(opened.fetch(_1, 0))] },
            median_first_response_hours:
              published_median(summary[:median_response_hours], summary[:response_count]),
            median_days_to_decision:
              published_median(summary[:median_decision_days], summary[:decision_count]),
          }
        end

        def count(value)
          value.positive? && value < SMALL ? FEWER : value
        end

        def safe_median(values)
          published_median(median(values), values.size)
        end

        def published_median(median, size)
          size < SMALL || median.nil? ? nil : median.round(1)
        end

        def median(values)
          return nil if values.empty?
          sorted = values.sort
          middle = sorted.size / 2
          sorted.size.odd? ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0
        end
      end
    end
  end
end
