# frozen_string_literal: true

require "date"
require_relative "../plain_text"

module DiscourseMediation
  module Rules
    module Case
      # Where the conduct a case is about happened: in a public discussion,
      # in a private message its recipient let the mediators read, or outside
      # the forum (a review, a chat, a mailing list, an event). The
      # transparency report counts cases by it.
      module ConductPlace
        PLACES = %w[forum private_message elsewhere].freeze

        # Outside the forum, where it happened is the case's title.
        WHERE_MAX_LENGTH = 100
        # Before any conduct a mediator could still act on: a day earlier
        # is a typing slip (0001-01-01 for 2001-01-01).
        EARLIEST_DAY = Date.new(2000, 1, 1)

        module_function

        # What is wrong with where and when conduct outside the forum
        # happened, or nil. `today` is the server's date in UTC: a day ahead
        # of it is allowed, for someone whose evening is already tomorrow
        # there.
        def place_problem(where:, happened_on:, today:)
          return :where_missing if where.nil? || where.empty?
          return :where_too_long if where.each_char.count > WHERE_MAX_LENGTH
          return :where_not_plain if PlainText.control?(where) || PlainText.turns_direction?(where)
          return :date_missing if happened_on.nil?
          return :date_too_early if happened_on < EARLIEST_DAY
          :date_in_future if happened_on > today + 1
        end

        # A "YYYY-MM-DD" date, or nil for anything else.
        def parse_date(text)
          return nil if !text.is_a?(String) || !text.match?(/\A\d{4}-\d{2}-\d{2}\z/)
          Date.iso8601(text)
        rescue Date::Error
          nil
        end
      end
    end
  end
end
