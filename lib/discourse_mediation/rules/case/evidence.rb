# frozen_string_literal: true

require "date"
require "uri"
require_relative "../plain_text"
require_relative "conduct_place"

module DiscourseMediation
  module Rules
    module Case
      # Evidence of conduct outside the forum, which has no post to read: a
      # link, a quoted text or an upload, each with an optional note; and
      # where and when it happened.
      module Evidence
        KINDS = %w[link quote upload].freeze

        # A record of what matters, not a copy of everything.
        MAX_PER_CASE = 20
        NOTE_MAX_LENGTH = 1000
        QUOTE_MAX_LENGTH = 5000
        LINK_MAX_LENGTH = 2000

        # Shown as pictures; any other upload is a file to open.
        IMAGE_EXTENSIONS = %w[png jpg jpeg gif webp avif].freeze

        # Ports a web address may name.
        PORTS = (1..65_535)

        # The limit each refusal names.
        LIMITS = {
          note_too_long: NOTE_MAX_LENGTH,
          quote_too_long: QUOTE_MAX_LENGTH,
          link_too_long: LINK_MAX_LENGTH,
          where_too_long: ConductPlace::WHERE_MAX_LENGTH,
          too_many: MAX_PER_CASE,
        }.freeze

        module_function

        def limit_of(problem)
          LIMITS[problem]
        end

        # Counted by character (code point), as the front end counts.
        def too_long?(text, max)
          text.to_s.each_char.count > max
        end

        # An http or https address with a host, no longer than a link may be.
        def link?(text)
          return false if text.nil? || text.empty? || too_long?(text, LINK_MAX_LENGTH)
          return false if text.match?(/[[:space:]]/) || PlainText.turns_direction?(text)
          uri = parse_link(text)
          return false if uri.nil? || !%w[http https].include?(uri.scheme&.downcase)
          uri.host.to_s != "" && PORTS.cover?(uri.port)
        end

        # A login in the address (https://name:password@host) would be
        # shown to everyone who reads the report.
        def login_in_link?(text)
          !parse_link(text)&.userinfo.to_s.empty?
        end

        # The address as URI reads it, with the characters beyond ASCII a
        # browser accepts (https://bücher.example/straße) percent-encoded
        # first, as the browser sends them; nil when it is not one.
        def parse_link(text)
          URI.parse(
            text.gsub(/[^\x00-\x7F]/) { _1.bytes.map { |byte| format("%%%02X", byte) }.join },
          )
        rescue URI::InvalidURIError
          nil
        end

        # The first thing wrong with one piece, or nil. The upload's own
        # checks (whose it is, its size) need the upload and are the
        # service's.
        def problem(kind:, url:, quote:, upload_id:, note:)
          return :unknown_kind if !KINDS.include?(kind)
          return :note_too_long if too_long?(note, NOTE_MAX_LENGTH)
          case kind
          when "link"
            link_problem(url)
          when "quote"
            quote_problem(quote)
          when "upload"
            :upload_missing if !upload_id.is_a?(Integer) || upload_id <= 0
          end
        end

        def link_problem(url)
          return :link_missing if url.nil? || url.empty?
          return :link_too_long if too_long?(url, LINK_MAX_LENGTH)
          return :not_a_link if !link?(url)
          :link_with_login if login_in_link?(url)
        end

        def quote_problem(quote)
          return :quote_missing if quote.nil? || quote.empty?
          :quote_too_long if too_long?(quote, QUOTE_MAX_LENGTH)
        end

        # Whether a case with `count` pieces may take `adding` more.
        def room_for?(count, adding = 1)
          count + adding <= MAX_PER_CASE
        end

        def image?(extension)
          IMAGE_EXTENSIONS.include?(extension.to_s.downcase)
        end

        # The most bytes an upload may have, for the site setting in kilobytes.
        def upload_too_large?(filesize, max_kb)
          filesize.to_i > max_kb * 1024
        end
      end
    end
  end
end
