# frozen_string_literal: true

module DiscourseMediation
  # A mediator attaches a further post to a case, with why it matters: a
  # pattern across topics that one post cannot show. Only a post the
  # mediator groups can read, so that the case shows no mediator what its
  # category keeps from them; the report then cites it.
  class Case::AttachPost
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      attribute :url, :string
      attribute :note, :string

      validates :case_id, presence: true
      validate :links_to_a_post
      validate :says_why

      def note
        super.to_s.strip.presence
      end

      def target
        Rules::Case::PostLink.parse(url, base_url: Discourse.base_url)
      end

      private

      def links_to_a_post
        return if url.present? && target
        errors.add(:base, I18n.t("discourse_mediation.errors.attached_posts.not_a_post_link"))
      end

      def says_why
        if note.nil?
          errors.add(:base, I18n.t("discourse_mediation.errors.attached_posts.note_missing"))
        elsif note.length > AttachedPost::NOTE_MAX_LENGTH
          errors.add(
            :base,
            I18n.t(
              "discourse_mediation.errors.attached_posts.note_too_long",
              count: AttachedPost::NOTE_MAX_LENGTH,
            ),
          )
        end
      end
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:attach_post]
    model :post

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:attach_post]
      policy :attachable, class_name: Case::Policy::PostAttachable
      model :attached_post, :attach
      step :record_on_timeline
    end

    private

    # A post the mediator cannot see is "not found", as one that is not there.
    def fetch_post(params:, guardian:)
      target = params.target
      post =
        if target.post_id
          Post.find_by(id: target.post_id)
        else
          Post.find_by(topic_id: target.topic_id, post_number: target.post_number)
        end
      post if post&.topic && guardian.can_see_post_for_mediation?(post)
    end

    def attach(mediation_case:, post:, params:, guardian:)
      mediation_case.attached_posts.create!(post:, note: params.note, added_by: guardian.user)
    end

    def record_on_timeline(mediation_case:, attached_post:, guardian:)
      mediation_case.log_event!(
        "post_attached",
        user: guardian.user,
        post_id: attached_post.post_id,
        topic_id: attached_post.post.topic_id,
        post_number: attached_post.post.post_number,
      )
    end
  end
end
