# frozen_string_literal: true

module DiscourseMediation
  # User text inside the plugin's own posts and messages. Every kind of line
  # break (\r\n, a bare \r, Unicode line and paragraph separators) counts as
  # one, so quoted text cannot step out of its quote and pose as the
  # plugin's own words; and Markdown's special characters, HTML's brackets
  # among them, are escaped, so user text cannot become markup, a disguised
  # link or an image. It reads exactly as it was written.
  module Markdown
    LINE_BREAK = /\r\n?|[\n\v\f\u0085\u2028\u2029]/
    INLINE_SPECIAL = /[\\`*_{}\[\]()<>#+!|~]/
    # After an @ or a colon, an invisible word joiner keeps an @mention, an
    # :emoji: or a bare https:// link from coming alive.
    LIVE_MARK = /[@:]/
    WORD_JOINER = "\u2060"

    module_function

    # Every line of the text as a quoted line. Inert text, besides, mentions
    # nobody and shows no link or emoji: for text that no one on the forum
    # wrote, such as evidence of conduct outside it.
    def quote(text, inert: false)
      text
        .to_s
        .split(LINE_BREAK, -1)
        .map { |line| "> #{escape(line.rstrip, inert:)}".rstrip }
        .join("\n")
    end

    # On one line, with Markdown's special characters escaped: for titles and
    # summaries written into a sentence or a link.
    def inline(text, inert: false)
      escape(text.to_s.gsub(LINE_BREAK, " ").squeeze(" ").strip, inert:)
    end

    # On one line, as a code span: nothing in it becomes markup, a link, an
    # @mention, an :emoji: or a onebox. The fence is longer than any run of
    # backticks inside, and padded when the text starts or ends with one.
    def literal(text)
      line = text.to_s.gsub(LINE_BREAK, " ").squeeze(" ").strip
      return "" if line.empty?
      fence = "`" * ((line.scan(/`+/).map(&:size).max || 0) + 1)
      pad = line.start_with?("`") || line.end_with?("`") ? " " : ""
      "#{fence}#{pad}#{line}#{pad}#{fence}"
    end

    def escape(text, inert: false)
      escaped = text.gsub(INLINE_SPECIAL) { |char| "\\#{char}" }
      inert ? escaped.gsub(LIVE_MARK) { |char| "#{char}#{WORD_JOINER}" } : escaped
    end
  end
end
