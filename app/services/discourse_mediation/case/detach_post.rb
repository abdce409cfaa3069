# frozen_string_literal: true

module DiscourseMediation
  # Takes an attached post off a case again, before the report is submitted:
  # after that, the person concerned has been told what the report cites.
  class Case::DetachPost
    include Service::Base
    include Case::Lookup

    params do
      attribute :case_id, :integer
      attribute :attached_post_id, :integer
      validates :case_id, :attached_post_id, presence: true
    end

    model :mediation_case
    policy :may_take, class_name: Case::Policy::MayTake[:attach_post]

    transaction do
      step :lock_case
      policy :in_state, class_name: Case::Policy::InStateFor[:attach_post]
      model :attached_post
      step :detach
      step :record_on_timeline
    end

    private

    def fetch_attached_post(mediation_case:, params:)
      mediation_case.attached_posts.includes(:post).find_by(id: params.attached_post_id)
    end

    def detach(attached_post:)
      attached_post.destroy!
    end

    def record_on_timeline(mediation_case:, attached_post:, guardian:)
      mediation_case.log_event!(
        "post_detached",
        user: guardian.user,
        post_id: attached_post.post_id,
        topic_id: attached_post.post&.topic_id,
        post_number: attached_post.post&.post_number,
      )
    end
  end
end
