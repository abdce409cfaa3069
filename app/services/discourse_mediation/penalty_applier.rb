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

    # Ends early the suspension or silence that ends at `till` for these
    # users: only a measure the plugin set, never one someone else set since.
    def lift!(user_ids, till:, by:)
      measures_ending_at(user_ids, till).each do |user, measure|
        measure == :suspend ? UserSuspender.unsuspend(user, by_user: by) : UserSilencer.unsilence(user, by)
      end
    end

    def measures_ending_at(user_ids, till)
      User
        .where(id: user_ids)
        .filter_map do |user|
          if same_moment?(user.suspended_till, till)
            [user, :suspend]
          elsif same_moment?(user.silenced_till, till)
            [user, :silence]
          end
        end
    end

    def same_moment?(time, other)
      time.present? && other.present? && (time - other).abs < 1
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
