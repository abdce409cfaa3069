# frozen_string_literal: true

require_relative "../plain_text"

module DiscourseMediation
  module Rules
    module Record
      # A recommendation to the people who run other spaces the person
      # concerned is active in (a repository, a chat, an event): its text,
      # the spaces it is for, and when the moderators may pass it on. The
      # plugin sends nothing outside the forum: it keeps the record.
      module Recommendation
        DAY = 24 * 60 * 60

        TEXT_MAX_LENGTH = 2000
        # Short names such as "GitHub repository" or "Matrix chat".
        SPACE_MAX_LENGTH = 60
        MAX_SPACES = 5
        MAX_PER_CASE = 5
        ANSWER_MAX_LENGTH = 2000
        # The person concerned reads it, and may answer, before it is passed on.
        ANSWER_DAYS = 3

        module_function

        # Text trimmed of every kind of blank at its ends: empty when only blanks.
        def trim(text)
          PlainText.trim(text)
        end

        # The spaces as given, trimmed, blanks dropped, each named once
        # (whatever its case), in the order given.
        def spaces(names)
          Array(names).map { |name| PlainText.one_line(name) }.reject(&:empty?).uniq(&:downcase)
        end

        # The first thing wrong with a recommendation, or nil.
        def problem(text:, spaces:)
          text = trim(text)
          return :text_missing if text.empty?
          return :text_too_long if text.each_char.count > TEXT_MAX_LENGTH
          return :spaces_missing if spaces.empty?
          return :too_many_spaces if spaces.size > MAX_SPACES
          :space_too_long if spaces.any? { |name| name.each_char.count > SPACE_MAX_LENGTH }
        end

        # What is wrong with the shape of the input, before any of it is
        # read: the text a string, the spaces a list of strings, no more of
        # them than a recommendation may name.
        def shape_problem(text:, spaces:)
          return :text_not_text if !text.nil? && !text.is_a?(String)
          return :spaces_not_list if !spaces.nil? && !spaces.is_a?(Array)
          return :spaces_not_list if Array(spaces).any? { |name| !name.is_a?(String) }
          :too_many_spaces if Array(spaces).size > MAX_SPACES
        end

        # The person concerned's answer, or :answer_invalid.
        def answer_problem(answer)
          return :answer_invalid if !answer.nil? && !answer.is_a?(String)
          answer = trim(answer)
          :answer_invalid if answer.empty? || answer.each_char.count > ANSWER_MAX_LENGTH
        end

        # The limit a problem is about, for its message; nil for the others.
        def limit_of(problem)
          {
            text_too_long: TEXT_MAX_LENGTH,
            too_many_spaces: MAX_SPACES,
            space_too_long: SPACE_MAX_LENGTH,
            answer_invalid: ANSWER_MAX_LENGTH,
          }[
            problem
          ]
        end

        # The person concerned may answer for ANSWER_DAYS from when they
        # can read it: once it is shown, and not before a suspension from
        # this case ends, while they cannot sign in.
        def answer_until(shown_at:, suspended_until: nil)
          [shown_at, suspended_until].compact.max + ANSWER_DAYS * DAY
        end

        def answer_open?(now:, shown_at:, answered_at:, suspended_until: nil)
          answered_at.nil? && now < answer_until(shown_at:, suspended_until:)
        end

        # Why it may not be passed on now, or nil: once, and only after the
        # person concerned answered or their time to answer ended.
        def pass_on_refusal(now:, shown_at:, answered_at:, passed_on_at:, suspended_until: nil)
          return :already_passed_on if passed_on_at
          return :answer_time_open if answer_open?(now:, shown_at:, answered_at:, suspended_until:)
          nil
        end
      end
    end
  end
end
