# frozen_string_literal: true

module DiscourseMediation
  # Applies a planned penalty with Discourse's own tools. A message is the
  # outcome notice itself; No action changes nothing. Returns whether the
  # measure is in place: Discourse refuses to silence someone already silenced.
  module PenaltyApplier
    module_function

    def apply!(plan, user, by:, reason:)
      case plan.measure
      when :suspend
        UserSuspender.new(user, suspended_till: plan.ends_at, reason:, by_user: by).suspend
        user.reload.suspended_till.present?
      when :silence
        UserSilencer.silence(user, by, silenced_till: plan.ends_at, reason:, keep_posts: true) == true
      else
        true
      end
    end
  end
end
