# frozen_string_literal: true

module DiscourseMediation
  module Rules
    module Mediation
      # Which post actions a member loses when "I need help" replaces the flag.
      # Conduct flags (off-topic, inappropriate, "something else", and any flag an
      # admin adds) are what add up to crowd auto-hide, so they go. Spam and
      # illegal content stay with core's review queue, a private note to the author
      # hides nothing, and likes and bookmarks are not flags.
      module FlagPolicy
        KEPT_ACTIONS = %i[like bookmark vote spam illegal notify_user].freeze

        module_function

        def refuses?(action_key)
          !KEPT_ACTIONS.include?(action_key.to_sym)
        end
      end
    end
  end
end
