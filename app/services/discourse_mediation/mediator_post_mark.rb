# frozen_string_literal: true

module DiscourseMediation
  # Posts the assigned mediator writes in a topic while mediating it carry a
  # "mediator" mark, so readers know who is speaking in that role.
  module MediatorPostMark
    FIELD = "mediation_mediator_post"

    # A topic may hold several cases, one per person concerned, and the same
    # mediator may hold more than one: the post counts for each, and is the
    # mediator's contact with each person concerned.
    def self.mark_if_mediating(post)
      return if post.topic.blank? || post.topic.private_message?

      cases =
        MediationCase.where(topic_id: post.topic_id, state: "mediating", mediator_id: post.user_id)
      return if cases.empty?

      post.custom_fields[FIELD] = true
      post.save_custom_fields
      cases.each do |mediation_case|
        if !mediation_case.subject_contacted?
          mediation_case.update!(subject_contacted_at: post.created_at)
        end
        mediation_case.log_event!(
          "mediator_posted",
          user: post.user,
          post_id: post.id,
          post_number: post.post_number,
        )
      end
    end
  end
end
