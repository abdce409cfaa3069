# frozen_string_literal: true

module DiscourseMediation
  module Rules
    # Text people type into the plugin's forms, read as plain text: trimmed
    # of what shows nothing, and refused when it carries what no keyboard
    # types. Every check here takes time in proportion to the text's length,
    # however the text is made, so that no input can stall a request.
    module PlainText
      # Blank as people read it: Unicode spaces (a no-break space among
      # them) and the zero-width characters that show nothing.
      BLANK = "[:space:]\u200B\u200C\u200D\u2060\uFEFF"
      SHOWN = /[^#{BLANK}]/
      BLANKS = /[#{BLANK}]+/

      # Control characters other than a tab and a line break (a browser may
      # send one as \r\n). A NUL among them is refused by PostgreSQL itself.
      CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/

      # The characters that turn the direction of the text that follows
      # them, and so can make a short name read as something else.
      DIRECTION = /[\u202A-\u202E\u2066-\u2069]/

      # A text longer than this many times its limit is not trimmed: no
      # trimming could bring it under, and it is refused as too long.
      SLACK = 2

      module_function

      # Text trimmed of every kind of blank at its ends: empty when only
      # blanks. It looks for the first and last character shown rather than
      # matching blanks at the end, which takes quadratic time.
      def trim(text)
        text = text.to_s
        first = text.index(SHOWN)
        return +"" if first.nil?
        text[first..text.rindex(SHOWN)]
      end

      # Trimmed, unless it is far longer than `max` characters: then as
      # sent, for its length to be refused.
      def trim_within(text, max)
        text = text.to_s
        far_too_long?(text, max) ? text : trim(text)
      end

      # Trimmed, and every run of blanks inside it (line breaks among them)
      # one space: for a short name that fits on one line.
      def one_line(text, max = nil)
        text = max ? trim_within(text, max) : trim(text)
        text.gsub(BLANKS, " ")
      end

      def control?(text)
        text.match?(CONTROL)
      end

      def turns_direction?(text)
        text.match?(DIRECTION)
      end

      # Longer, as sent, than any text of at most `max` characters with
      # blanks around it could be.
      def far_too_long?(text, max)
        text.length > max * SLACK
      end
    end
  end
end
