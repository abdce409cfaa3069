# frozen_string_literal: true

module DiscourseMediation
  # Whether a post may join a case: an ordinary post (not a whisper, not one
  # hidden by flags) in a public discussion the mediator groups can read, not the case's own post, not attached already, and
  # while the case has room.
  # Checked under the case's lock, so that two mediators attaching at once
  # are counted one after the other.
  class Case::Policy::PostAttachable < Service::PolicyBase
    delegate :mediation_case, :post, to: :context, private: true

    def call
      problem.nil?
    end

    def reason
      I18n.t(
        "discourse_mediation.errors.attached_posts.#{problem}",
        count: AttachedPost::MAX_PER_CASE,
      )
    end

    private

    def problem
      @problem ||=
        if post.topic.private_message?
          "private_message"
        elsif post.post_type != Post.types[:regular] || post.hidden
          "not_public"
        elsif !HelpRequest::Policy::MediatorsCanRead.new(context).call
          "mediators_cannot_read"
        elsif post.id == mediation_case.post_id
          "first_post"
        elsif mediation_case.attached_posts.exists?(post_id: post.id)
          "already_attached"
        elsif mediation_case.attached_posts.count >= AttachedPost::MAX_PER_CASE
          "too_many"
        end
    end
  end
end
