# frozen_string_literal: true

module DiscourseMediation
  # Puts a suspension or silence in place with Discourse's own tools, for a
  # decided outcome and for an interim measure alike. A message is the outcome
  # notice itself; No action changes nothing. Returns whether the measure is in
  # place: Discourse refuses to silence someone already silenced.
  module PenaltyApplier
    module_function

    def apply!(plan, user, by:, reason:)
      impose!(plan.measure, user, till: plan.ends_at, by:, reason:)
    end

    def impose!(measure, user, till:, by:, reason:)
      case measure
      when :suspend
        UserSuspender.new(user, suspended_till: till, reason:, by_user: by).suspend
        user.reload.suspended_till.present?
      when :silence
        UserSilencer.silence(user, by, silenced_till: till, reason:, keep_posts: true) == true
      else
        true
      end
    end
  end
end
