# frozen_string_literal: true

require "uri"

module DiscourseMediation
  module Rules
    module Case
      # Reads a link to a post on this forum, as a post's share button copies
      # it, absolute or relative: `/t/slug/12/4`, `/t/12/4`, `/t/slug/12` (its
      # first post) or `/p/345`. A link to another site, or text that is not a
      # post's link, reads as nil.
      module PostLink
        Target = Struct.new(:topic_id, :post_number, :post_id, keyword_init: true)

        # Without a slug first: `/t/12/4` is topic 12's fourth post.
        TOPIC_PATHS = [%r{\A/t/(\d+)(?:/(\d+))?/?\z}, %r{\A/t/[^/]+/(\d+)(?:/(\d+))?/?\z}].freeze
        POST_PATH = %r{\A/p/(\d+)/?\z}

        module_function

        # `base_url`: the forum's, with its subfolder if it has one.
        def parse(text, base_url:)
          uri = URI.parse(text.to_s.strip)
          path = own_path(uri, URI.parse(base_url))
          return nil if path.nil?
          if (match = TOPIC_PATHS.lazy.filter_map { _1.match(path) }.first)
            Target.new(topic_id: match[1].to_i, post_number: (match[2] || 1).to_i)
          elsif (match = POST_PATH.match(path))
            Target.new(post_id: match[1].to_i)
          end
        rescue URI::InvalidURIError
          nil
        end

        # The path below the forum's own, or nil for a link elsewhere.
        def own_path(uri, base)
          if uri.host
            return nil if !%w[http https].include?(uri.scheme)
            return nil if uri.host.casecmp(base.host.to_s) != 0 || uri.port != base.port
          elsif uri.scheme || !uri.path.to_s.start_with?("/")
            return nil
          end
          prefix = base.path.to_s.chomp("/")
          path = uri.path.to_s
          return path if prefix.empty?
          return path.delete_prefix(prefix) if path.start_with?("#{prefix}/")
          # A relative link may leave out the forum's subfolder.
          uri.host ? nil : path
        end
      end
    end
  end
end
