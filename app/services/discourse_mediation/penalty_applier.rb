# frozen_string_literal: true

module DiscourseMediation
  # Puts a suspension or silence in place with Discourse's own tools, for a
  # decided outcome and for an interim measure alike. A message is the outcome
  # notice itself; No action changes nothing. Returns whether the measure is in
  # place. A member already suspended or silenced by someone else is left as
  # they are and the measure refused: Discourse refuses to silence them again,
  # and would suspend them again to the plugin's date, cutting a longer (or
  # permanent) suspension short. Discourse keeps the neutral PenaltyReason,
  # never the moderator's words.
  module PenaltyApplier
    module_function

    def apply!(plan, user, by:, mediation_case:)
      impose!(plan.measure, user, till: plan.ends_at, by:, mediation_case:)
    end

    # Ends early the suspension or silence that ends at `till` for these
    # users: only a measure the plugin set, never one someone else set since.
    def lift!(user_ids, till:, by:)
      measures_ending_at(user_ids, till).each do |user, measure|
        measure == :suspend ? unsuspend!(user, by:) : UserSilencer.unsilence(user, by)
      end
    end

    # As Discourse's admin unsuspends (Admin::UsersController#unsuspend):
    # UserSuspender has no way back.
    def unsuspend!(user, by:)
      user.update!(suspended_till: nil, suspended_at: nil)
      StaffActionLogger.new(by).log_user_unsuspend(user)
      DiscourseEvent.trigger(:user_unsuspended, user:)
    end

    # Moves the end of a measure the plugin set, keeping it in place: lifting
    # and imposing again would tell a silenced member they are free (core's
    # unsilence sends that message), and would restart a suspension and log
    # the member out again. The staff action log records the move.
    def extend!(measure, user, till:, by:, reason:)
      user.update!(measure == :suspend ? { suspended_till: till } : { silenced_till: till })
      StaffActionLogger.new(by).log_custom(
        "mediation_measure_extended",
        { username: user.username, measure:, until: till.iso8601, reason: },
      )
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

    def impose!(measure, user, till:, by:, mediation_case:)
      reason = PenaltyReason.for(mediation_case)
      case measure
      when :suspend
        return false if user.suspended?
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
