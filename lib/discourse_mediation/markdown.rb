# frozen_string_literal: true

module DiscourseMediation
  # User text inside the plugin's own posts and messages. Every kind of line
  # break (\r\n, a bare \r, Unicode line and paragraph separators) counts as
  # one, so quoted text cannot step out of its quote and pose as the
  # plugin's own words, and inline text cannot become a link or a heading.
  module Markdown
    LINE_BREAK = /\r\n?|[\n\v\f\u0085\u2028\u2029]/
    INLINE_SPECIAL = /[\\`*_{}\[\]()<>#+!|~]/

    module_function

    # Every line of the text as a quoted line.
    def quote(text)
      text.to_s.split(LINE_BREAK, -1).map { |line| "> #{line.rstrip}".rstrip }.join("\n")
    end

    # On one line, with Markdown's special characters escaped: for titles and
    # summaries written into a sentence or a link.
    def inline(text)
      text.to_s.gsub(LINE_BREAK, " ").squeeze(" ").strip.gsub(INLINE_SPECIAL) { |char| "\\#{char}" }
    end
  end
end
