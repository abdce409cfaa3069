# frozen_string_literal: true

module DiscourseMediation
  # Starts a Discourse private message between the mediator and the people the
  # case involves. Requesters join only if they agreed to be named. The first
  # one that includes the person concerned is the mediator's contact with
  # them, and ends with Notices::FirstContact.
  class Case::OpenConversation
    include Service::Base
    include Case::Lookup

    TITLE_MAX_LENGTH = 200

    params do
      attribute :case_id, :integer
      attribute :user_ids, :array
      attribute :title, :string
      attribute :message, :string

      validates :case_id, :title, :message, presence: true
      validates :title, length: { maximum: Case::OpenConversation::TITLE_MAX_LENGTH }
      validate :someone_invited

      def user_ids
        Array(super).map(&:to_i).select(&:positive?).uniq
      end

      private

      def someone_invited
        return if user_ids.present?
        errors.add(:base, I18n.t("discourse_mediation.errors.conversation_needs_people"))
      end
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:step_in]
    policy :in_state, class_name: Case::Policy::InStateFor[:step_in]
    policy :only_invitable_people, class_name: Case::Policy::OnlyInvitablePeople

    transaction do
      step :create_conversation
      step :record_contact
      step :record_on_timeline
    end

    private

    # Discourse may refuse the message (the mediator may not send private
    # messages, a recipient does not accept them): its reason is the answer.
    def create_conversation(mediation_case:, params:, guardian:)
      usernames = User.where(id: params.user_ids).pluck(:username)
      context[:tells_subject] = Notices::FirstContact.needed?(mediation_case, params.user_ids)
      raw =
        (
          if context[:tells_subject]
            Notices::FirstContact.append_to(params.message, mediation_case)
          else
            params.message
          end
        )
      creator =
        PostCreator.new(
          guardian.user,
          title: params.title,
          raw:,
          archetype: Archetype.private_message,
          target_usernames: usernames.join(","),
        )
      post = creator.create
      fail!(creator.errors.full_messages.to_sentence) if post.nil? || creator.errors.any?
      context[:conversation] = post.topic
    end

    def record_contact(mediation_case:, params:, tells_subject:)
      return if !params.user_ids.include?(mediation_case.subject_id)
      now = Time.zone.now
      mediation_case.update!(
        subject_contacted_at: mediation_case.subject_contacted_at || now,
        subject_told_at: tells_subject ? now : mediation_case.subject_told_at,
      )
    end

    def record_on_timeline(mediation_case:, conversation:, params:, guardian:)
      mediation_case.log_event!(
        "conversation_opened",
        user: guardian.user,
        topic_id: conversation.id,
        people_count: params.user_ids.size,
      )
    end
  end
end
