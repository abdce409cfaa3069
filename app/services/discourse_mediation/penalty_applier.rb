# frozen_string_literal: true

module DiscourseMediation
  # Applies a planned penalty with Discourse's own tools. A message is the
  # outcome notice itself; No action changes nothing.
  module PenaltyApplier
    module_function

    def apply!(plan, user, by:, reason:)
      case plan.measure
      when :suspend
        UserSuspender.new(user, suspended_till: plan.ends_at, reason:, by_user: by).suspend
      when :silence
        UserSilencer.silence(user, by, silenced_till: plan.ends_at, reason:, keep_posts: true)
      end
    end
  end
end
