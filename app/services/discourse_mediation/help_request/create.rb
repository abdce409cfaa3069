# frozen_string_literal: true

module DiscourseMediation
  # A member asks for help with a post. The request opens a case about the
  # post's author in its topic, or joins the one already open about them
  # there: never a second. Another author in the same topic has a case of
  # their own, and is told about it in their own right. On a private message
  # the member received, only once they let the mediators read it.
  class HelpRequest::Create
    include Service::Base

    params do
      attribute :post_id, :integer
      attribute :kind, :string
      attribute :message, :string, default: ""
      attribute :consent_to_be_named, :boolean, default: false
      attribute :share_private_message, :boolean, default: false
      attribute :behaviour_key, :string

      include HelpRequest::KindChecks

      validates :post_id, presence: true
      validate :message_within_limit

      def message
        super.to_s.strip
      end

      private

      def message_within_limit
        max = SiteSetting.mediation_request_message_max_length
        return if !Rules::Mediation::HelpRequestRules.message_too_long?(message, max)
        errors.add(:base, I18n.t("discourse_mediation.errors.message_too_long", count: max))
      end
    end

    model :post
    policy :can_request_help
    policy :shares_private_message, class_name: HelpRequest::Policy::SharesPrivateMessage
    policy :mediators_can_read, class_name: HelpRequest::Policy::MediatorsCanRead
    policy :within_daily_limit, class_name: HelpRequest::Policy::WithinDailyLimit

    transaction do
      step :lock_topic
      policy :not_asked_twice, class_name: HelpRequest::Policy::NotAskedTwice
      policy :case_still_mediating, class_name: HelpRequest::Policy::CaseStillMediating
      model :mediation_case, :find_or_open_case
      model :help_request, :create_help_request
      step :record_on_timeline
    end

    step :notify_mediators

    private

    # A post the member cannot see is "not found", so that nothing leaks.
    def fetch_post(params:, guardian:)
      post = Post.find_by(id: params.post_id)
      post if guardian.can_see_post_for_mediation?(post)
    end

    def can_request_help(guardian:, post:)
      guardian.can_request_mediation_on?(post)
    end

    # Requests on one topic queue here, so two at once still make one case.
    def lock_topic(post:)
      Topic.where(id: post.topic_id).lock.pluck(:id)
    end

    def find_or_open_case(post:)
      existing = MediationCase.open_about(post).first
      context[:joined_existing_case] = existing.present?
      existing || open_case(post)
    end

    # The author of the post in question is the subject, involved from the start.
    def open_case(post)
      mediation_case =
        MediationCase.create!(
          topic_id: post.topic_id,
          post_id: post.id,
          subject_id: post.user_id,
          conduct_place: post.topic.private_message? ? "private_message" : "forum",
        )
      mediation_case.people.create!(user_id: post.user_id, subject: true) if post.user_id
      mediation_case
    end

    # One urgent request makes the whole case urgent, whether it opened the case or joined it.
    def create_help_request(mediation_case:, post:, params:, guardian:)
      if Rules::Mediation::HelpRequestRules.urgent?(params.kind) && !mediation_case.urgent
        mediation_case.update!(urgent: true)
      end

      mediation_case.help_requests.create!(
        user: guardian.user,
        post:,
        kind: params.kind,
        message: params.message,
        consent_to_be_named: params.consent_to_be_named,
        shares_message: post.topic.private_message?,
        behaviour_key: params.cited_behaviour_key,
      )
    end

    def record_on_timeline(mediation_case:, help_request:, joined_existing_case:, guardian:)
      mediation_case.log_event!(
        joined_existing_case ? "request_added" : "case_opened",
        user: guardian.user,
        help_request_id: help_request.id,
        post_id: help_request.post_id,
        kind: help_request.kind,
      )
    end

    def notify_mediators(help_request:)
      Jobs.enqueue(
        Jobs::DiscourseMediation::NotifyMediatorsOfHelpRequest,
        help_request_id: help_request.id,
      )
    end
  end
end
