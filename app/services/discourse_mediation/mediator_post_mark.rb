# frozen_string_literal: true

module DiscourseMediation
  # Posts the assigned mediator writes in a topic while mediating it carry a
  # "mediator" mark, so readers know who is speaking in that role.
  module MediatorPostMark
    FIELD = "mediation_mediator_post"

    def self.mark_if_mediating(post)
      return if post.topic.blank? || post.topic.private_message?

      mediation_case = MediationCase.find_by(topic_id: post.topic_id, state: "mediating", mediator_id: post.user_id)
      return if mediation_case.blank?

      post.custom_fields[FIELD] = true
      post.save_custom_fields
      mediation_case.log_event!("mediator_posted", user: post.user, post_id: post.id, post_number: post.post_number)
    end
  end
end
