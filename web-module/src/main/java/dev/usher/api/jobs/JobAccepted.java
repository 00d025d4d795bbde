package dev.usher.api.jobs;

import dev.usher.jobs.boundary.JobView;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answer to a request that started a job: 202 Accepted, the job, and Location: /api/jobs/{executionId}. */
public final class JobAccepted {

    private JobAccepted() {
    }

    public static Response of(JobView job, UriInfo uri) {
        return Response.accepted(job)
                .location(uri.getBaseUriBuilder().path("jobs").path(Long.toString(job.executionId())).build())
                .build();
    }
}
