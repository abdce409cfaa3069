# frozen_string_literal: true

module DiscourseMediation
  # Slows a heated topic down, or closes it for some hours, with Discourse's own
  # slow mode and topic timers: both end by themselves.
  class Case::CoolDown
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      attribute :mode, :string
      attribute :interval_seconds, :integer
      attribute :hours, :integer
      attribute :reason, :string
      attribute :replace_timer, :boolean, default: false

      validates :case_id, presence: true
      validate :cool_down_is_sound

      def reason
        super.to_s.strip
      end

      private

      def cool_down_is_sound
        request =
          DiscourseMediation::Rules::Mediation::CoolDown::Request.new(
            mode:,
            interval_seconds:,
            hours:,
            reason:,
          )
        DiscourseMediation::Rules::Mediation::CoolDown
          .errors(request)
          .each do |error|
            errors.add(
              :base,
              I18n.t(
                "discourse_mediation.errors.cool_down.#{error}",
                max_hours: DiscourseMediation::Rules::Mediation::CoolDown.max_hours(mode),
                max_length: DiscourseMediation::Rules::Mediation::CoolDown::REASON_MAX_LENGTH,
              ),
            )
          end
      end
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:step_in]
    policy :in_state, class_name: Case::Policy::InStateFor[:step_in]
    policy :in_public_discussion, class_name: Case::Policy::InPublicTopic
    model :topic
    policy :timer_kept_unless_replaced

    transaction do
      step :cool_down
      step :record_on_timeline
    end

    private

    def fetch_topic(mediation_case:)
      mediation_case.topic
    end

    # A topic has one public timer (a category's auto-close, a scheduled
    # publish...). Closing for a while sets a reopen timer in its place, so the
    # mediator is told and must choose to replace it.
    def timer_kept_unless_replaced(topic:, params:)
      params.mode == "slow_mode" || params.replace_timer || topic.public_topic_timer.blank?
    end

    # The system user acts: a mediator need not be staff, and core only posts
    # the "closed" notice, and only runs a timer, for someone allowed to.
    def cool_down(topic:, params:)
      system = Discourse.system_user
      if params.mode == "slow_mode"
        topic.update!(slow_mode_seconds: params.interval_seconds)
        topic.set_or_create_timer(TopicTimer.types[:clear_slow_mode], params.hours, by_user: system)
      else
        topic.update_status(
          "closed",
          true,
          system,
          message: I18n.t("discourse_mediation.cool_down.closed_notice", count: params.hours),
        )
        topic.set_or_create_timer(TopicTimer.types[:open], params.hours, by_user: system)
      end
    end

    def record_on_timeline(mediation_case:, params:, guardian:)
      mediation_case.log_event!(
        "cooled_down",
        user: guardian.user,
        mode: params.mode,
        interval_seconds: params.mode == "slow_mode" ? params.interval_seconds : nil,
        hours: params.hours,
        reason: params.reason,
      )
    end
  end
end
